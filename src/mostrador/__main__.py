from mostrador.cli import app

app()
