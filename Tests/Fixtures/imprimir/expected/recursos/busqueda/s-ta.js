window.LIBRO_BUSQUEDA.recibir("s-ta",["cita"]);
