"""Icons the window and the desktop integration share; org.pactum.Pactum.svg is the app's."""
