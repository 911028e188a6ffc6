# Rebuilds src/core/documented-layouts.json from the team's reference
# (../shared/reference/cloudascent-schemas.json): header spellings and roles only.
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
reference = json.loads((root.parent / 'shared/reference/cloudascent-schemas.json').read_text())
version_ids = {'v2020-12': '2020-12', 'v2021-01': '2021-01', 'v2021-07': '2021-07', 'FY24': 'fy24'}
layouts = []
for report in reference['reports']:
    if report['id'] not in ('m365', 'd365', 'azure', 'renewals', 'surface'):
        continue
    for version in report['versions']:
        # The 2020 "Surface" entry is four columns inside the M365 report, not a layout.
        if len(version.get('columns', [])) < 10:
            continue
        vid = next(v for k, v in version_ids.items() if version['label'].startswith(k))
        layouts.append({
            'id': f"{report['id']}-{vid}",
            'reportType': report['id'],
            'date': version['date'][:10],
            'columns': [{'name': c['name'], 'role': c['role']} for c in version['columns']],
        })
note = ('Extracted from shared/reference/cloudascent-schemas.json by scripts/extract-layouts.py: '
        'header spellings and roles of every documented layout.')
out = root / 'src/core/documented-layouts.json'
out.write_text(json.dumps({'source': note, 'layouts': layouts}, indent=1) + '\n')
# Run `npx prettier --write src/core/documented-layouts.json` afterwards.
