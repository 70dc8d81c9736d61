window.LIBRO_BUSQUEDA.recibir("s-ec",["aparec","crec"]);
