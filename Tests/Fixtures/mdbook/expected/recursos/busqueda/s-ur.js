window.LIBRO_BUSQUEDA.recibir("s-ur",["madur"]);
