"""Stories across outlets: one event told by many newsrooms, grouped, aligned and compared.

Plain Python over core models (no Textual, no SQL): `suggest` groups articles into stories,
`quotes` aligns the same quotation across outlets, `entities` merges name variants into one
row per real-world entity, `events` lines up the same event, `story` puts them together for
the story desk and the `stories` export, `apply` carries a settled version to other outlets.
"""
