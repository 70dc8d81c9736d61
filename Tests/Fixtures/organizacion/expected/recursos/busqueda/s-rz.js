window.LIBRO_BUSQUEDA.recibir("s-rz",["marz"]);
