window.LIBRO_BUSQUEDA.recibir("s-it",["escrit","facilit","it","necesit","proposit"]);
