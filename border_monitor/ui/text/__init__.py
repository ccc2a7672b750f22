"""What the views show as text and colour: taxonomy labels, map page words, date/number formats, the palette."""
