"""The class server: JupyterHub configuration, start-up and REST helpers (`make hub`)."""
