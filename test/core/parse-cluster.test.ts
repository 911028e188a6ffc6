import fc from 'fast-check';

import { parseCluster } from '../../src/core/parse-cluster';
import { CLUSTERS } from '../../src/core/types';

describe('parseCluster', () => {
  it.each([
    ['Act Now', 'Act Now'],
    ['ACT NOW', 'Act Now'],
    ['act_now', 'Act Now'],
    ['ActNow', 'Act Now'],
    ['Act-Now', 'Act Now'],
    ['1 - Act Now', 'Act Now'],
    ['1. Act Now', 'Act Now'],
    ['2) Evaluate', 'Evaluate'],
    ['  nurture ', 'Nurture'],
    ['4-EDUCATE', 'Educate'],
  ])('reads %j as %j', (text, cluster) => {
    expect(parseCluster(text)).toBe(cluster);
  });

  it.each([[''], ['   '], [undefined]])('reads blank %j as an empty label', (text) => {
    expect(parseCluster(text)).toBe('');
  });

  it.each([
    ['Act Later'],
    ['Act Now 2'],
    ['3'],
    ['-'],
    ['Agir agora'],
    ['Evaluated'],
    ['Educate!'],
  ])('reports %j as not a cluster (null)', (text) => {
    expect(parseCluster(text)).toBeNull();
  });

  it('accepts every spelling variant of the canonical names', () => {
    const casing = fc.constantFrom<(word: string) => string>(
      (word) => word.toLowerCase(),
      (word) => word.toUpperCase(),
      (word) => word,
    );
    const joiner = fc.constantFrom(' ', '_', '-', '', '  ', '.');
    const numbering = fc.constantFrom('', '1 - ', '1. ', '2) ', '3 ', '04_', '1-');
    const padding = fc.constantFrom('', ' ', '\t', '  ');

    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: CLUSTERS.length - 1 }),
        casing,
        joiner,
        numbering,
        padding,
        (index, caseWord, join, number, pad) => {
          const cluster = CLUSTERS[index];
          const spelled = cluster.split(' ').map(caseWord).join(join);
          expect(parseCluster(`${pad}${number}${spelled}${pad}`)).toBe(cluster);
        },
      ),
    );
  });
});
