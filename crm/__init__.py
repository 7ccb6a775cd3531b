"""Mission CRM core: domain, storage, services and file formats. Never imports Qt."""

__version__ = "0.1.0"
