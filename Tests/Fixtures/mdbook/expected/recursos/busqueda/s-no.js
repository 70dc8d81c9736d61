window.LIBRO_BUSQUEDA.recibir("s-no",["fino","meno"]);
