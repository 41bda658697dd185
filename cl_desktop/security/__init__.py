"""Protection of the children's data: backups, pseudonymised outputs, encryption at rest, idle lock."""
