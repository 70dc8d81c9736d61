window.LIBRO_BUSQUEDA.recibir("s-ta",["meta","nota","ruta"]);
