"""samverkan: the cooperation agreements between Stockholms stad and Polisregion Stockholm as a
graph, checked for governance that holds together."""

__version__ = "0.1.0"
