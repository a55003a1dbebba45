//! Weapon vocabulary and ranges, from `gazetteer/weapons.tsv`.
