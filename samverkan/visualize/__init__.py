"""Pictures and reports of the model: pyvis HTML, static SVG/PNG, the audit report and matrix."""
