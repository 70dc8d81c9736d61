window.LIBRO_BUSQUEDA.recibir("s-ez",["empiez"]);
