window.LIBRO_BUSQUEDA.recibir("t-en",{"encabezad":[1,[2,1,3,1]],"enlac":[1,[0,1,0,1]],"entendiend":[2,[0,1,0,1,6,1,7,10]]});
