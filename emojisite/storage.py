"""Where collected static files get their hashed names."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class ManifestStaticFilesStorage(CompressedManifestStaticFilesStorage):
    """WhiteNoise's compressed, hashed files, with the pages' ES modules importing each other by
    their hashed names too: otherwise a module imported by a cached page could be a newer one."""

    support_js_module_import_aggregation = True
