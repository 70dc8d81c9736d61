window.LIBRO_BUSQUEDA.recibir("s-ce",["hace"]);
