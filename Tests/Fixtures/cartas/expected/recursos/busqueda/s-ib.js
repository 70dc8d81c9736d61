window.LIBRO_BUSQUEDA.recibir("s-ib",["escrib"]);
