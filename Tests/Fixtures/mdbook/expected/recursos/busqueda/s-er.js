window.LIBRO_BUSQUEDA.recibir("s-er",["agujer","caer","primer","regader"]);
