"""The store itself: schema and frozen migrations, the record model, its codec and rules,
reading and writing records, the queries behind the table and facets."""
