window.LIBRO_BUSQUEDA.recibir("s-gu",["sigu"]);
