window.LIBRO_BUSQUEDA.recibir("s-ut",["minut"]);
