window.LIBRO_BUSQUEDA.recibir("s-an",["ivan","plan","san","seman"]);
