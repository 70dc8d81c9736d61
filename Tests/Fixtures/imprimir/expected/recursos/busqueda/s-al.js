window.LIBRO_BUSQUEDA.recibir("s-al",["mal","opcional","original"]);
