window.LIBRO_BUSQUEDA.recibir("s-di",["intermedi","medi","promedi","radi","tardi"]);
