"""PDF reports: fonts, script-aware text, styles, layout, charts and labels."""
