window.LIBRO_BUSQUEDA.recibir("s-el",["escuel","nivel"]);
