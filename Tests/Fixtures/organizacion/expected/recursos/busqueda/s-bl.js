window.LIBRO_BUSQUEDA.recibir("s-bl",["establ","favorabl","responsabl","tabl"]);
