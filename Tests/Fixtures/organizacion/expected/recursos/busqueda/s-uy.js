window.LIBRO_BUSQUEDA.recibir("s-uy",["construy","incluy"]);
