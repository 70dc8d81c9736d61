window.LIBRO_BUSQUEDA.recibir("s-be",["debe","sabe"]);
