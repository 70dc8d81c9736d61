window.LIBRO_BUSQUEDA.recibir("s-in",["min","pagin"]);
