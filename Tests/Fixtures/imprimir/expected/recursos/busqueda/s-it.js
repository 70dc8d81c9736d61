window.LIBRO_BUSQUEDA.recibir("s-it",["escrit","habit"]);
