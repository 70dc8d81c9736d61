window.LIBRO_BUSQUEDA.recibir("s-vo",["tuvo"]);
