"""PostgreSQL on the embedded development server, started on first connection."""

from django.db.backends.postgresql import base
from psycopg.conninfo import conninfo_to_dict

from core.database import EMBEDDED_DB_NAME, embedded_url_for


class DatabaseWrapper(base.DatabaseWrapper):
    _server_params: dict | None = None

    def get_connection_params(self):
        params = super().get_connection_params()
        if DatabaseWrapper._server_params is None:
            # Creates the site's database on a new server, so `migrate` has one to fill.
            # Host, port and user are the same for every database on the server.
            url = embedded_url_for(EMBEDDED_DB_NAME)
            info = conninfo_to_dict(url)
            DatabaseWrapper._server_params = {
                key: info[key] for key in ("host", "port", "user") if key in info
            }
        params.update(DatabaseWrapper._server_params)
        return params
