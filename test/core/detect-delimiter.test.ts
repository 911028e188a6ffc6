import { detectDelimiter, detectNewline } from '../../src/core/detect-delimiter';

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1;2;3\n', ';'],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['ID;Name;Revenue\n1;Contoso, Ltda;1.234,56\n2;Fabrikam, SA;5,5\n', ';'],
    ['ID;Revenue\n1;1.234,56\n2;2.345,67\n', ';'],
    ['ID\tName\tCity\tNote\n1\tA\tB\tx,y,z,w,v,u,t,s,r,q,p\n', '\t'],
    ['Title, with a comma\nID;Name;City\n1;A;B\n2;C;D\n', ';'],
    ['a,b,c\n1,2,3\n4,5\n6,7,8,9\n1,2,3\n', ','],
    ['single column\n1\n2\n', ','],
    ['"a;b",c\n"1;2",3\n', ','],
  ])('picks the delimiter of %j as %j', (sample, delimiter) => {
    expect(detectDelimiter(sample, '\n')).toBe(delimiter);
  });
});

describe('detectNewline', () => {
  it.each([
    ['a,b\r\n1,2', '\r\n'],
    ['a,b\n1,2', '\n'],
    ['a,b\r1,2', '\r'],
    ['"a\nb",c\r\n1,2', '\r\n'],
    ['a,b', '\n'],
  ])('finds the line break of %j', (sample, newline) => {
    expect(detectNewline(sample)).toBe(newline);
  });
});
