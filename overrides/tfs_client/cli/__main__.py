"""``python -m tfs_client.cli`` is ``tfs``."""

from . import main

main()
