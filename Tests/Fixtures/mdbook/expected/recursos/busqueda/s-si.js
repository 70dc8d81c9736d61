window.LIBRO_BUSQUEDA.recibir("s-si",["casi"]);
