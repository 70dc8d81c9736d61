window.LIBRO_BUSQUEDA.recibir("s-ic",["basic","estrategic","practic"]);
