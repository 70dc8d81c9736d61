window.LIBRO_BUSQUEDA.recibir("s-an",["manan","taman","tempran","van"]);
