window.LIBRO_BUSQUEDA.recibir("s-od",["acomod"]);
