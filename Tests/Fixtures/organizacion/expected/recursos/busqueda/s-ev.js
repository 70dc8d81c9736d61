window.LIBRO_BUSQUEDA.recibir("s-ev",["nuev"]);
