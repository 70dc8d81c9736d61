window.LIBRO_BUSQUEDA.recibir("s-um",["memorandum"]);
