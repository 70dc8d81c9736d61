window.LIBRO_BUSQUEDA.recibir("t-as",{"asamble":[1,[36,1,55,1]],"asociars":[4,[32,1,45,1,6,1,17,1,9,1,33,1,4,1,4,1]],"aspect":[1,[38,1,64,1]]});
