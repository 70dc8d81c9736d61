window.LIBRO_BUSQUEDA.recibir("s-ic",["practic"]);
