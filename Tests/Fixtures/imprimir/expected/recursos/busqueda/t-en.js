window.LIBRO_BUSQUEDA.recibir("t-en",{"entrepreneur":[1,[4,1,5,1]],"enumer":[1,[3,1,4,1]]});
