"""blocwatch: news about international politics into a sourced, temporal knowledge base."""
__version__ = "0.1.0"
