window.LIBRO_BUSQUEDA.recibir("s-oc",["tlaloc"]);
