window.LIBRO_BUSQUEDA.recibir("s-yo",["mayo"]);
